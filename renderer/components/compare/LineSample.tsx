// A scenario's line as the chart draws it (colour, dash pattern, marker): the legend's key, also
// beside each scenario's name and column, so the pattern tells the scenarios apart without colour.
import type { ScenarioStyle } from '../../../shared/compare/palette';

function Marker({ style }: { style: ScenarioStyle }) {
  const c = style.colour;
  switch (style.marker) {
    case 'triangle':
      return <polygon points="18,2 23,11 13,11" fill={c} />;
    case 'rect':
      return <rect x="14" y="3" width="8" height="8" fill={c} />;
    case 'rectRot':
      return <rect x="14" y="3" width="8" height="8" fill={c} transform="rotate(45 18 7)" />;
    case 'star':
      return <path d="M18 1.5l1.6 3.6 3.9.4-2.9 2.6.8 3.8L18 10l-3.4 1.9.8-3.8-2.9-2.6 3.9-.4z" fill={c} />;
    case 'crossRot':
      return <path d="M14 3l8 8M22 3l-8 8" stroke={c} strokeWidth="2.5" />;
    default:
      return <circle cx="18" cy="7" r="4" fill={c} />;
  }
}

export function LineSample({ style, target = false }: { style: ScenarioStyle; target?: boolean }) {
  return (
    <svg className="compare-sample" width="36" height="14" aria-hidden="true" focusable="false">
      <line
        x1="0"
        y1="7"
        x2="36"
        y2="7"
        stroke={style.colour}
        strokeWidth={target ? 2 : 3}
        strokeDasharray={target ? '7 5' : style.dash.length ? style.dash.join(' ') : undefined}
      />
      {target ? <rect x="15" y="4" width="6" height="6" fill="#fff" stroke={style.colour} strokeWidth="1.5" transform="rotate(45 18 7)" /> : <Marker style={style} />}
    </svg>
  );
}
