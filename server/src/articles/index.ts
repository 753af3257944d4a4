import type DataLoader from 'dataloader';
import type { ArticleRepository } from './article.repository';
import type { ArticleService } from './article.service';
import type { Article } from './article.type';

declare module '../context/context' {
  interface Repositories {
    readonly articles: ArticleRepository;
  }
  interface Services {
    readonly articles: ArticleService;
  }
  interface Loaders {
    readonly articles: DataLoader<string, Article | null>;
  }
}
