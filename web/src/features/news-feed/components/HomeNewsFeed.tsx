import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { Card } from '../../../ui/Card';
import { NewsItemList } from './NewsItemList';

const HomeNewsFeedQuery = graphql(`
  query HomeNewsFeed {
    viewer {
      identifier
      newsItems(first: 3) {
        ...NewsItemList_item
      }
    }
  }
`);

/**
 * "Actualités" on the home page (manual: "Flux RSS"): the feed's three latest items. Its own query,
 * as the server may take a few seconds to fetch the feed; a feed that is off, unset or failing shows nothing.
 */
export function HomeNewsFeed() {
  const intl = useIntl();
  const { data, error } = useQuery(HomeNewsFeedQuery);
  const items = data?.viewer?.newsItems ?? [];
  if (error || items.length === 0) return null;
  return (
    <Card title={intl.formatMessage({ id: 'newsFeed.home.title' })} icon="globe">
      <NewsItemList items={items} />
    </Card>
  );
}
