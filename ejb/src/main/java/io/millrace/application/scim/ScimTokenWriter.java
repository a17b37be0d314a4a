package io.millrace.application.scim;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.domain.scim.ScimRepository;
import io.millrace.domain.scim.ScimToken;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The transactions that add and revoke SCIM tokens, each recorded in the workspace's audit log. */
@ApplicationScoped
@Transactional
public class ScimTokenWriter {
    @Inject
    ScimRepository repository;
    @Inject
    AuditLog audit;

    public void add(ScimToken token) {
        repository.add(token);
        audit.record(token.workspaceId(), AuditActions.SCIM_TOKEN_CREATED, new Target("scim_token", token.id()),
                Jsonp.createObjectBuilder().add("name", token.name()).build());
    }

    /** @return false when the token was gone already */
    public boolean revoke(String workspaceId, String tokenId) {
        return repository.token(workspaceId, tokenId).map(t -> {
            repository.remove(t);
            audit.record(workspaceId, AuditActions.SCIM_TOKEN_REVOKED, new Target("scim_token", t.id()),
                    Jsonp.createObjectBuilder().add("name", t.name()).build());
            return true;
        }).orElse(false);
    }
}
