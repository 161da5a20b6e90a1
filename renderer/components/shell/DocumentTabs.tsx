// The open scenarios as tabs: one button each to bring it forward (with the unsaved mark), one
// to close it (asking first when it has unsaved work), and the two things several scenarios
// are for: making a variant of the one in front, and comparing them. A list of buttons in a
// navigation landmark rather than an ARIA tablist: each tab has its own close button, which a
// tab may not contain.
import { memo } from 'react';
import { useText } from '../../i18n/use-text';
import { openDocuments } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';
import { useOptionalFileActions } from '../files/file-actions-context';
import { DirtyMark } from './DirtyMark';
import './document-tabs.css';
import { regionAttributes } from '../../focus/regions';

export function DocumentTabs() {
  const f = useText().files;
  const files = useOptionalFileActions();
  const docs = useAppStore(openDocuments);
  const view = useAppStore((s) => s.view);
  const { setView } = useAppStore.getState();
  if (docs.length === 0) return null;
  return (
    <nav className="doc-tabs" aria-label={f.tabsLabel} {...regionAttributes('tabs')}>
      <ul className="doc-tabs__list">
        {docs.map((d) => (
          <DocumentTab key={d.id} id={d.id} title={d.scenario.title} name={d.name} dirty={d.dirty} active={d.active} current={d.active && view === 'editor'} />
        ))}
      </ul>
      <span className="doc-tabs__actions">
        {files ? (
          <button type="button" className="tool-button" title={f.duplicateHint} aria-keyshortcuts="Control+Shift+D" onClick={() => files.duplicate()}>
            {f.duplicate}
          </button>
        ) : null}
        <button
          type="button"
          className="tool-button"
          aria-current={view === 'compare' ? 'page' : undefined}
          onClick={() => setView('compare')}
        >
          {f.compare} ({docs.length})
        </button>
      </span>
    </nav>
  );
}

/**
 * A long title is cut short in the middle, not at the end: variants of one scenario differ in
 * their last words ("— variant 2"), which must stay in view. The whole title stays in the text.
 */
function TabLabel({ title }: { title: string }) {
  const end = / — [^—]{1,24}$/.exec(title)?.[0] ?? '';
  return (
    <span className="doc-tabs__label">
      <span className="doc-tabs__label-start">{title.slice(0, title.length - end.length)}</span>
      {end ? <span className="doc-tabs__label-end">{end}</span> : null}
    </span>
  );
}

/** What a tab shows, not the document: a slider move makes a new scenario, the tab stays as it is. */
interface TabProps {
  id: string;
  title: string;
  name: string;
  dirty: boolean;
  active: boolean;
  current: boolean;
}

const DocumentTab = memo(function DocumentTab({ id, title, name, dirty, active, current }: TabProps) {
  const f = useText().files;
  const files = useOptionalFileActions();
  const { switchDocument, closeScenario } = useAppStore.getState();
  const close = () => {
    switchDocument(id);
    if (files) void files.close();
    else closeScenario();
  };
  return (
    <li className={`doc-tabs__item${active ? ' doc-tabs__item--active' : ''}`}>
      <button
        type="button"
        className="doc-tabs__tab"
        aria-current={current ? 'page' : undefined}
        title={name}
        onClick={() => switchDocument(id)}
      >
        <TabLabel title={title} />
        {dirty ? <DirtyMark className="doc-tabs__dirty" /> : null}
      </button>
      <button type="button" className="doc-tabs__close" aria-label={f.closeTab(title)} title={f.closeTab(title)} onClick={close}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
});
