import type { Catalogue } from '../catalogues';
import { formatters } from '../format';

const f = formatters('en');

export const uncertainty: Catalogue['uncertainty'] = {
};
