import type DataLoader from 'dataloader';
import type { MeasureRepository } from './measure.repository';
import type { MeasureService } from './measure.service';
import type { Measure } from './measure.type';

declare module '../context/context' {
  interface Repositories {
    readonly measures: MeasureRepository;
  }
  interface Services {
    readonly measures: MeasureService;
  }
  interface Loaders {
    readonly measures: DataLoader<string, Measure | null>;
  }
}
