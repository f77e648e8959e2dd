// The AccountActivity type: the log of what each sending account did (rate limits, debugging).
import { builder } from '../../builder.js';
import {
  AccountActionType,
  type AccountActionTypeValue,
  AccountActivityStatus,
  type AccountActivityStatusValue,
} from '../common/enums.js';
import { defineList, enumKind } from '../common/list.js';

export const accountActivityList = defineList('AccountActivity', {
  plural: 'account actions',
  filter: {
    id: 'uuid',
    accountId: 'uuid',
    messageId: 'uuid',
    contactId: 'uuid',
    actionType: enumKind(AccountActionType),
    status: enumKind(AccountActivityStatus),
    createdAt: 'dateTime',
  },
  orderBy: ['createdAt'],
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
});

export const AccountActivity = builder.prismaNode('AccountActivity', {
  id: { field: 'id' },
  description: 'One action of a sending account.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    accountId: t.expose('accountId', { type: 'UUID', description: 'Database id of the account.' }),
    messageId: t.expose('messageId', { type: 'UUID', nullable: true, description: 'Database id of the message.' }),
    contactId: t.expose('contactId', { type: 'UUID', nullable: true, description: 'Database id of the contact.' }),
    actionType: t.field({
      type: AccountActionType,
      description: 'What the account did.',
      resolve: (a) => a.actionType as AccountActionTypeValue,
    }),
    status: t.field({
      type: AccountActivityStatus,
      description: 'How it ended.',
      resolve: (a) => a.status as AccountActivityStatusValue,
    }),
    errorMessage: t.exposeString('errorMessage', { nullable: true, description: 'Why it failed.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it happened.' }),

    account: t.relation('account', { description: 'The account.' }),
    message: t.relation('message', { nullable: true, description: 'The message.' }),
    contact: t.relation('contact', { nullable: true, description: 'The contact.' }),
  }),
});
