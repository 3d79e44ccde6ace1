/** A row of checkboxes under one legend: which places serve an errand, which errands a place serves. */
export function CheckList({
  legend,
  options,
  checked,
  onToggle,
}: {
  legend: string;
  options: readonly { readonly id: string; readonly label: string }[];
  checked: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}) {
  return (
    <fieldset className="choices choices--inline">
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="choice">
          <input
            type="checkbox"
            checked={checked.includes(option.id)}
            onChange={(event) => onToggle(option.id, event.target.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
