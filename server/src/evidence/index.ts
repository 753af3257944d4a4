import type { EvidenceService } from './evidence.service';

declare module '../context/context' {
  interface Services {
    readonly evidence: EvidenceService;
  }
}
