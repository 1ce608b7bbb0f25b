-- A stamp per account, raised by every change of its rights or password (enabled,
-- role, scope, password set or reset). A session remembers the stamp it signed in
-- under; at its next request after a change it is ended (account.SessionStamps), on
-- whichever instance it lives, because the stamp is read from here.
alter table user_account add column security_stamp bigint not null default 0;
