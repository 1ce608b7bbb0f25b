-- The day a commitment was last found red (agreement.RedWatch), so that turning red is
-- published once per turn (CommitmentTurnedRed); null while it is not red. Written by
-- plain SQL, outside the commitment's version.
alter table commitment add column red_since date;
