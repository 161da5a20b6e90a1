import { useAppStore } from '../store/store';
import { uiSelectors } from '../store/ui-slice';
import { messages, type Messages } from './messages';

export function useMessages(): Messages {
  return messages[useAppStore(uiSelectors.lang)];
}
