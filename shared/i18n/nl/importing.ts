import { formatters } from '../format';

const f = formatters('nl');

export const importing = {
};
