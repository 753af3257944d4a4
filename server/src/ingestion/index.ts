import type { ArticleIngestionService } from './article-ingestion.service';

declare module '../context/context' {
  interface Services {
    readonly ingestion: ArticleIngestionService;
  }
}
