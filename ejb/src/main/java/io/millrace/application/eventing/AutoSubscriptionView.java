package io.millrace.application.eventing;

import io.millrace.domain.subscription.AutoSubscription;

/** An auto-subscription and whether this request created it (false: it existed already). */
public record AutoSubscriptionView(AutoSubscription auto, boolean created) {
}
