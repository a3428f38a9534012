export {
  sampleMistakes,
  sampleWorkbook,
  type SampleMistake,
  type SampleOptions,
} from "./sampleWorkbook";
