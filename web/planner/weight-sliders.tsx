// One labelled range input per part of the score; arrow keys move a weight a step, the value is
// shown beside it, and the part's meaning is the slider's description.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import {
  DEFAULT_WEIGHTS,
  PART_KEYS,
  type PartKey,
  type Weights,
} from "../../server/priorities/score.ts";
import { WEIGHT_MAX, WEIGHT_STEP } from "./weights.ts";

export interface WeightSlidersProps {
  weights: Weights;
  onChange: (weights: Weights) => void;
}

export function WeightSliders({ weights, onChange }: WeightSlidersProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (key: PartKey, value: number) => {
    const next = { ...weights, [key]: value };
    // The API needs one weight above 0; the last one cannot be turned off.
    if (PART_KEYS.some((k) => next[k] > 0)) onChange(next);
  };
  return (
    <fieldset className="weights" data-testid="weights">
      <legend>{t("planner.ranking.weights")}</legend>
      {PART_KEYS.map((key) => (
        <div className="weights__row" key={key}>
          <label htmlFor={`${id}-${key}`} title={t(`planner.partHelp.${key}`)}>
            {t(`planner.part.${key}`)}
          </label>
          <input
            id={`${id}-${key}`}
            type="range"
            min={0}
            max={WEIGHT_MAX}
            step={WEIGHT_STEP}
            value={weights[key]}
            aria-describedby={`${id}-${key}-help`}
            aria-valuetext={t("planner.ranking.weightValue", { value: weights[key] })}
            data-testid={`weight-${key}`}
            onChange={(e) => set(key, Number(e.target.value))}
          />
          <output
            htmlFor={`${id}-${key}`}
            className="weights__value"
            data-testid={`weight-${key}-value`}
          >
            {weights[key]}
          </output>
          <p id={`${id}-${key}-help`} className="visually-hidden">
            {t(`planner.partHelp.${key}`)}
          </p>
        </div>
      ))}
      <button
        type="button"
        className="text-button"
        onClick={() => onChange({ ...DEFAULT_WEIGHTS })}
      >
        {t("planner.ranking.reset")}
      </button>
    </fieldset>
  );
}
