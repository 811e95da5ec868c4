/** One labelled value of a report's facts, "Team: Payments Platform"; labels are unique in a list. */
export interface Fact {
  readonly label: string;
  readonly value: string;
}
