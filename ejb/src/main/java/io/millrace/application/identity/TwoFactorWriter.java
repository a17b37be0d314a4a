package io.millrace.application.identity;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.domain.signin.LocalAccount;
import io.millrace.domain.signin.RecoveryCode;
import io.millrace.domain.signin.SignInRepository;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Ids;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The transactions of two-factor enrolment and use. Codes are checked before. */
@ApplicationScoped
@Transactional
public class TwoFactorWriter {
    @Inject
    SignInRepository repository;
    @Inject
    AuditLog audit;

    /** Keeps a new sealed secret waiting for its first code. */
    public void enrol(String userId, String sealedSecret) {
        LocalAccount account = repository.account(userId).orElseGet(() -> {
            LocalAccount created = new LocalAccount(userId);
            repository.add(created);
            return created;
        });
        account.enrol(sealedSecret);
    }

    /** Turns 2FA on with the pending secret, replacing any recovery codes with these digests. */
    public void confirm(User user, long step, List<String> recoveryCodeHashes) {
        LocalAccount account = repository.account(user.id()).orElseThrow();
        account.confirmTotp(step);
        repository.removeRecoveryCodesOf(user.id());
        for (String hash : recoveryCodeHashes) {
            repository.add(new RecoveryCode(Ids.random("rc_"), user.id(), hash));
        }
        audit.record(user.workspaceId(), AuditActions.USER_TWO_FACTOR_ENABLED, new Target("user", user.id()),
                Jsonp.createObjectBuilder().add("username", user.username()).build());
    }

    public void disable(User user) {
        repository.account(user.id()).ifPresent(LocalAccount::removeTotp);
        repository.removeRecoveryCodesOf(user.id());
        audit.record(user.workspaceId(), AuditActions.USER_TWO_FACTOR_DISABLED, new Target("user", user.id()),
                Jsonp.createObjectBuilder().add("username", user.username()).build());
    }

    /** Marks a TOTP step used; false when it (or a later one) was used already, by this request or another. */
    public boolean useStep(String userId, long step) {
        return repository.useTotpStep(userId, step);
    }

    /** Uses up a recovery code; false when another request used it first. */
    public boolean useRecoveryCode(String codeId) {
        return repository.removeRecoveryCode(codeId);
    }
}
