-- The tools the offer document pre-populates. DOMAIN.md defect fixed here: the document inserts
-- 'unipile' twice under a unique name; it is one provider with two roles, stored as
-- unipile_sending (sending) and unipile_inbox (inbox). Idempotent: a tool that already exists is
-- left as it is.
INSERT INTO public.tools (name, type, api_docs_url) VALUES
  ('parallel_companies', 'company_search', 'https://docs.parallel.ai/'),
  ('parallel_people', 'people_search', 'https://docs.parallel.ai/'),
  ('theirstack', 'company_search', 'https://theirstack.com/docs'),
  ('exa', 'company_search', 'https://docs.exa.ai/'),
  ('sumble', 'enrichment', 'https://docs.sumble.com/'),
  ('leadmagic', 'email_finding', 'https://docs.leadmagic.io/'),
  ('firecrawl', 'enrichment', 'https://docs.firecrawl.dev/'),
  ('unipile_sending', 'sending', 'https://docs.unipile.com/'),
  ('unipile_inbox', 'inbox', 'https://docs.unipile.com/')
ON CONFLICT (name) DO NOTHING;
