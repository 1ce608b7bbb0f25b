-- trial of the adding-a-field recipe (reverted)
alter table resident_unit add column website varchar(200);
