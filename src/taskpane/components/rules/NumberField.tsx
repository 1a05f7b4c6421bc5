/**
 * A labelled number box. What the analyst types is kept as typed; the draft gets its number, or NaN when it is
 * not one, so saving reports it with its path rather than the box silently keeping an old value.
 */
import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly onValue: (value: number) => void;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
}

const parse = (text: string): number => (text.trim() === "" ? NaN : Number(text));

export function NumberField({ label, value, onValue, min, max, step }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  useEffect(() => {
    // A value set from outside (reset, import, save): show it, unless it is what the box already says.
    setText((current) => (Object.is(parse(current), value) ? current : Number.isNaN(value) ? current : String(value)));
  }, [value]);
  const invalid = Number.isNaN(parse(text));
  return (
    <Field label={label} size="small" orientation="horizontal" validationState={invalid ? "error" : "none"}>
      <Input
        size="small"
        type="number"
        value={text}
        min={min}
        max={max}
        step={step}
        onChange={(_, data) => {
          setText(data.value);
          onValue(parse(data.value));
        }}
      />
    </Field>
  );
}
