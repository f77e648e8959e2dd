// Imports every module (each registers its types on the builder) and builds the schema.
import { type GraphQLSchema, isObjectType } from 'graphql';
import { builder } from './builder.js';
import './modules/common/errors.type.js';
import './modules/common/enums.js';
import './modules/offers/offer.type.js';
import './modules/offers/company.type.js';
import './modules/offers/contact.type.js';
import './modules/offers/message-template.type.js';
import './modules/offers/tool.type.js';
import './modules/offers/pipeline.type.js';
import './modules/campaigns/campaign.type.js';
import './modules/campaigns/campaign-contact.type.js';
import './modules/campaigns/campaign-links.type.js';
import './modules/sending/account.type.js';
import './modules/sending/account-activity.type.js';
import './modules/sending/message.type.js';
import './modules/sending/send-queue.type.js';
import './modules/sending/message-event.type.js';
import './modules/sending/outreach-history.type.js';
import './modules/offers/offer.queries.js';
import './modules/campaigns/campaign.queries.js';
import './modules/sending/sending.queries.js';
import './modules/dashboards/dashboards.queries.js';
import './modules/offers/create-offer.mutation.js';
import './modules/offers/update-offer.mutation.js';
import './modules/offers/qualify-company.mutation.js';
import './modules/offers/import-companies.mutation.js';
import './modules/offers/message-template.mutation.js';
import './modules/offers/tool.mutation.js';
import './modules/sending/manage-account.mutation.js';
import './modules/sending/queue-item.mutation.js';
import './modules/sending/schedule-campaign.mutation.js';
import './modules/campaigns/create-campaign.mutation.js';
import './modules/campaigns/change-campaign-status.mutation.js';
import './modules/campaigns/enroll-contacts.mutation.js';
import './modules/auth/api-key.type.js';
import './modules/auth/api-key.queries.js';
import './modules/auth/create-api-key.mutation.js';
import './modules/auth/revoke-api-key.mutation.js';
import './modules/system/heartbeat.subscription.js';
import './modules/funnel/funnel-enums.type.js';
import './modules/funnel/journey.type.js';
import './modules/funnel/prospect.type.js';
import './modules/funnel/lifecycle-outcome.type.js';
import './modules/funnel/funnel.queries.js';
import './modules/funnel/dashboard.queries.js';
import './modules/dashboards/series.queries.js';
import './modules/funnel/record-engagement.mutation.js';
import './modules/funnel/appointment.mutation.js';
import './modules/funnel/sign-client.mutation.js';
import './modules/funnel/override-prospect.mutation.js';
import './modules/funnel/run-funnel-sweep.mutation.js';
import './modules/realtime/live.subscription.js';

/**
 * Plugins generate a few fields whose descriptions no option reaches (connection totalCount,
 * the node/nodes id arguments). Every field must say what it is (GraphiQL is the BI user's
 * documentation), so these get the one sentence that fits them all.
 */
function describeGeneratedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name === 'totalCount' && !field.description) {
        field.description = 'How many items the whole list holds, across all pages.';
      }
      for (const arg of field.args) {
        if (arg.description) continue;
        if (arg.name === 'id') arg.description = 'A global id.';
        if (arg.name === 'ids') arg.description = 'Global ids.';
      }
    }
  }
  return schema;
}

export const schema = describeGeneratedFields(builder.toSchema({ sortSchema: false }));
