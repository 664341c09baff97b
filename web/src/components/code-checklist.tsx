import { useState } from 'preact/hooks';

export interface CodeOption {
  code: string;
  label: string;
  /** A facet count shown beside the label, when there is one. */
  count?: number;
}

/**
 * A list of taxonomy codes to tick, labelled in the reader's language. With `filterLabel` it
 * gets a box that narrows a long list (240 capabilities) as one types.
 */
export function CodeChecklist(props: {
  legend: string;
  name: string;
  options: CodeOption[];
  value: string[];
  onChange: (codes: string[]) => void;
  filterLabel?: string;
  /** Show at most this many unticked options (ticked ones always show). */
  limit?: number;
}) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const visible = props.options.filter(
    (option) => props.value.includes(option.code) || !needle || option.label.toLowerCase().includes(needle) || option.code.includes(needle),
  );
  const shown = props.limit
    ? [...visible.filter((o) => props.value.includes(o.code)), ...visible.filter((o) => !props.value.includes(o.code)).slice(0, props.limit)]
    : visible;
  const toggle = (code: string, on: boolean) => props.onChange(on ? [...props.value, code] : props.value.filter((value) => value !== code));
  return (
    <fieldset class="checklist" data-name={props.name}>
      <legend>{props.legend}</legend>
      {props.filterLabel && (
        <input
          class="checklist-filter"
          type="search"
          aria-label={props.filterLabel}
          placeholder={props.filterLabel}
          value={filter}
          onInput={(event) => setFilter(event.currentTarget.value)}
        />
      )}
      <div class="checklist-options">
        {shown.map((option) => (
          <label class="choice" data-code={option.code}>
            <input
              type="checkbox"
              name={props.name}
              value={option.code}
              checked={props.value.includes(option.code)}
              onChange={(event) => toggle(option.code, event.currentTarget.checked)}
            />
            <span>{option.label}</span>
            {option.count !== undefined && <small class="count">{option.count}</small>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
