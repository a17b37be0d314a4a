package io.millrace.application.connect;

import io.millrace.application.source.SourceView;
import io.millrace.domain.component.Component;
import io.millrace.domain.connect.ConnectTrigger;
import io.millrace.domain.connect.ExternalUser;

/** A trigger deployed for an external user: the source, its component, its owner and its listeners. */
public record DeployedTrigger(SourceView view, Component component, ExternalUser owner, ConnectTrigger listeners) {
}
