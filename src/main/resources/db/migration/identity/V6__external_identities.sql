-- Sign-in identities at external OIDC providers, each linked to one account.
CREATE TABLE identity.external_identity (
    provider   text NOT NULL,
    subject    text NOT NULL,
    account_id uuid NOT NULL REFERENCES identity.account (id),
    email      text,
    linked_at  timestamptz NOT NULL,
    PRIMARY KEY (provider, subject),
    CONSTRAINT external_identity_one_per_provider UNIQUE (account_id, provider)
);
