export {
  SAMPLE_YEARS,
  sampleMistakes,
  sampleWorkbook,
  type SampleMistake,
  type SampleOptions,
  type SampleYear,
} from "./sampleWorkbook";
