// One of the import's choices (what happens to rows already stored, where a place goes): a few
// options as radio buttons in a fieldset.

/** A choice of one of a few options, as radio buttons in a fieldset. */
export function Choice<T extends string>(props: {
  name: string;
  testId: string;
  legend: string;
  value: T;
  options: [T, string][];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset data-testid={`import-${props.testId}`}>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            data-testid={`${props.testId}-${value}`}
            onChange={() => props.onChange(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
