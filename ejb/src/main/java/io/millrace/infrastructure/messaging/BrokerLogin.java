package io.millrace.infrastructure.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;

/**
 * The embedded broker's one login: the user and password the resource adapter connects with. Whoever
 * presents them may do everything; nobody else may connect.
 */
final class BrokerLogin implements ActiveMQSecurityManager {
    private final String user;
    private final byte[] password;

    BrokerLogin(String user, String password) {
        this.user = user;
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean validateUser(String givenUser, String givenPassword) {
        return user.equals(givenUser) && givenPassword != null
                && MessageDigest.isEqual(password, givenPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean validateUserAndRole(String givenUser, String givenPassword, Set<Role> roles, CheckType checkType) {
        return validateUser(givenUser, givenPassword);
    }
}
