import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { uiSelectors, type AmountUnit } from '../../store/ui-slice';

export function UnitSwitch() {
  const t = useText().app;
  const unit = useAppStore(uiSelectors.unit);
  const setUnit = useAppStore((s) => s.setUnit);
  const options: { unit: AmountUnit; short: string; name: string }[] = [
    { unit: 'euro', short: t.unitEuroShort, name: t.unitEuro },
    { unit: 'thousand', short: t.unitThousandShort, name: t.unitThousand },
  ];
  return (
    <div role="group" aria-label={t.unit} className="segmented">
      {options.map((o) => (
        <button key={o.unit} type="button" aria-label={o.name} title={o.name} aria-pressed={unit === o.unit} onClick={() => setUnit(o.unit)}>
          {o.short}
        </button>
      ))}
    </div>
  );
}
