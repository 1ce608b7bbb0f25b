-- The automatic fulfilment of a held activity is now heard by the agreement module
-- (agreement.ActivityFulfilmentListener, listener id 'agreement.activity-fulfilment')
-- instead of the activity module's listener. Publications still waiting for the old
-- listener (the portal stopped after an activity's change committed, before the
-- fulfilment ran, or the listener failed) are handed to the new one, so they are
-- processed at the next start instead of failing as "listener not found".
-- The new listener hears the same three events through the interface
-- agreement.ActivityOutcomeChanged, which they implement.
update event_publication
   set listener_id = 'agreement.activity-fulfilment'
 where completion_date is null
   and listener_id in (
     'org.lianjian.activity.ActivityFulfilmentListener.on(org.lianjian.activity.ActivityHeld)',
     'org.lianjian.activity.ActivityFulfilmentListener.on(org.lianjian.activity.ActivityReopened)',
     'org.lianjian.activity.ActivityFulfilmentListener.on(org.lianjian.activity.ActivityCancelled)');
