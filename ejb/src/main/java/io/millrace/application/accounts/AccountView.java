package io.millrace.application.accounts;

import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.domain.apps.App;

/** An account as the API shows it: with its app (null when the app was deleted) and, when asked for and allowed, its credentials as JSON text. */
public record AccountView(ConnectedAccount account, App app, String credentialsJson) {
}
