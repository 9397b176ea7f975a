import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import styles from './NewsItemList.module.css';

export const NewsItemList_item = graphql(`
  fragment NewsItemList_item on NewsItem {
    title
    url
    summary
    publishedAt
    categories
  }
`);

export type NewsItemListProps = { items: FragmentType<typeof NewsItemList_item>[] };

/** A feed's items (manual: "Actualités Immo"): title (a link to the article, opened elsewhere), date, categories, summary. */
export function NewsItemList({ items }: NewsItemListProps) {
  const intl = useIntl();
  const list = useFragment(NewsItemList_item, items);
  return (
    <ul className={styles.list}>
      {list.map((item) => (
        // A feed's items carry no id the API keeps; the link, else the title, is stable between answers.
        <li key={item.url ?? item.title} className={styles.item}>
          <h3 className={styles.title}>
            {item.url ? (
              <a href={item.url} target="_blank" rel="noopener noreferrer nofollow">
                {item.title}
                <span className="visually-hidden">{intl.formatMessage({ id: 'newsFeed.opensElsewhere' })}</span>
              </a>
            ) : (
              item.title
            )}
          </h3>
          <p className={styles.meta}>
            {item.publishedAt && <time dateTime={item.publishedAt}>{intl.formatDate(item.publishedAt, { day: 'numeric', month: 'long', year: 'numeric' })}</time>}
            {item.publishedAt && item.categories.length > 0 && ' · '}
            {item.categories.join(', ')}
          </p>
          {item.summary && <p className={styles.summary}>{item.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
