// importCompanies and importContacts: bulk upserts for an offer, one result per row.
import { builder } from '../../builder.js';
import { NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { MAX_IMPORT_ROWS } from './import.rules.js';
import { importCompanies, importContacts } from './import.service.js';
import { CompanyImportRow, CompanyImportSummary, ContactImportRow, ContactImportSummary } from './import.type.js';

const ImportCompaniesInput = builder.inputType('ImportCompaniesInput', {
  description: `Companies to import into one offer (at most ${MAX_IMPORT_ROWS} rows).`,
  fields: (t) => ({
    offerId: t.field({ type: 'UUID', required: true, description: 'Database id of the offer.' }),
    rows: t.field({ type: [CompanyImportRow], required: true, description: 'The companies.' }),
  }),
});

const ImportContactsInput = builder.inputType('ImportContactsInput', {
  description: `Contacts to import into one offer (at most ${MAX_IMPORT_ROWS} rows).`,
  fields: (t) => ({
    offerId: t.field({ type: 'UUID', required: true, description: 'Database id of the offer.' }),
    rows: t.field({ type: [ContactImportRow], required: true, description: 'The contacts.' }),
  }),
});

builder.mutationFields((t) => ({
  importCompanies: t.field({
    type: CompanyImportSummary,
    description:
      'Creates or updates companies of an offer in one transaction, keyed by normalized domain; bad rows are rejected one by one.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError], dataField: { name: 'summary', description: 'What happened to each row.' } },
    args: { input: t.arg({ type: ImportCompaniesInput, required: true, description: 'The offer and the rows.' }) },
    resolve: (_root, { input }) => importCompanies(input),
  }),
  importContacts: t.field({
    type: ContactImportSummary,
    description:
      'Creates or updates contacts of an offer in one transaction, keyed by normalized email and LinkedIn URL; bad rows are rejected one by one.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError], dataField: { name: 'summary', description: 'What happened to each row.' } },
    args: { input: t.arg({ type: ImportContactsInput, required: true, description: 'The offer and the rows.' }) },
    resolve: (_root, { input }) => importContacts(input),
  }),
}));
