import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DatePrecision, formatPartialDate, precisionOf, type PartialDateValue } from './partial-date';

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely a date is known.',
  valuesConfig: {
    DAY: { description: 'Known to the day.' },
    MONTH: { description: 'Known to the month only.' },
    YEAR: { description: 'Known to the year only.' },
  },
});

@ObjectType({ description: 'A date known to a day, a month or a year, as the sources give it.' })
export class PartialDate {
  @Field(() => Int, { description: 'Calendar year.' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Month 1–12, when known.' })
  month!: number | null;

  @Field(() => Int, { nullable: true, description: 'Day of the month, when known.' })
  day!: number | null;

  @Field(() => DatePrecision, { description: 'Whether the day, the month or only the year is known.' })
  precision!: DatePrecision;

  @Field({ description: 'True when the source only places it roughly ("in recent weeks").' })
  approximate!: boolean;

  @Field({ description: 'ISO text of the known part: `2023`, `2023-09` or `2023-09-13`, with `~` when approximate.' })
  text!: string;

  static from(value: PartialDateValue): PartialDate;
  static from(value: PartialDateValue | null | undefined): PartialDate | null;
  static from(value: PartialDateValue | null | undefined): PartialDate | null {
    if (!value) return null;
    return Object.assign(new PartialDate(), {
      year: value.year,
      month: value.month ?? null,
      day: value.day ?? null,
      precision: precisionOf(value),
      approximate: Boolean(value.approximate),
      text: formatPartialDate(value),
    });
  }
}

@InputType({ description: 'Dates from..to, both inclusive, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A record matches when its date span overlaps the range.' })
export class DateRangeInput {
  @Field(() => String, { nullable: true, description: 'Start of the range; `2023-09` starts on 1 September.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'End of the range; `2023-09` ends on 30 September.' })
  to?: string | null;
}
