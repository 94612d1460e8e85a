// One retention period in the privacy form: what it covers, the saved period and how much is
// past it now, and the months field (empty = keep for good).
import { WordedField } from "../forms/field.tsx";

export function RetentionSetting(props: {
  /** Names the test ids (`<id>-current`, `<id>-due`) and the field (`<id>-months`). */
  id: string;
  heading: string;
  intro: string;
  saved: number | null;
  /** The saved period in words, and how much is past it now. */
  savedText: string;
  due: number;
  dueText: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <h4>{props.heading}</h4>
      <p className="admin-intro">{props.intro}</p>
      <p data-testid={`${props.id}-current`} data-months={props.saved ?? ""}>
        <strong>{props.savedText}</strong>{" "}
        <span data-testid={`${props.id}-due`} data-due={props.due}>
          {props.dueText}
        </span>
      </p>
      <WordedField
        label={props.label}
        name={`${props.id}-months`}
        hint={props.hint}
        error={props.error}
      >
        <input
          inputMode="numeric"
          value={props.value}
          autoComplete="off"
          onChange={(e) => props.onChange(e.target.value)}
        />
      </WordedField>
    </>
  );
}
