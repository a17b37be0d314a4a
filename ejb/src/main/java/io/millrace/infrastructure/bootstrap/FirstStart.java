package io.millrace.infrastructure.bootstrap;

import io.millrace.application.cluster.NodeClaims;
import java.time.Duration;

import io.millrace.shared.memory.OutOfMemoryAlarm;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import io.millrace.application.identity.MembershipMigration;
import io.millrace.infrastructure.persistence.SchemaUpgrade;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prepares the database when the application starts: the first query runs outside any transaction,
 * so EclipseLink creates or extends the tables in autocommit mode (PostgreSQL would abort a
 * transaction at the first failed existence check), and what they leave undone on an older database is done
 * ({@link SchemaUpgrade}: missing indexes, new columns filled); then an empty database is seeded, and users from
 * before workspace memberships get theirs ({@link MembershipMigration}). Nodes of a cluster that start together do
 * this one after the other ({@link NodeClaims}: the first seeds, the next finds the admin there).
 */
@Singleton
@Startup
public class FirstStart {
    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    /** How long the other nodes wait, at most, for a node that upgrades and seeds the database. */
    private static final Duration CLAIM = Duration.ofMinutes(5);
    @Inject
    AdminSeeder seeder;
    @Inject
    MembershipMigration memberships;
    @Inject
    SchemaUpgrade schema;
    @Inject
    NodeClaims claims;

    private volatile boolean done;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void prepare() {
        OutOfMemoryAlarm.watchThreads();
        seeder.usersWithoutTransaction();
        claims.alone("first-start", CLAIM, () -> {
            schema.run();
            seeder.seedIfEmpty();
            try {
                memberships.migrate();
            } catch (RuntimeException e) { // what is left, the next start does
                LOG.log(Level.WARNING, "could not give every user a workspace membership", e);
            }
        });
        done = true;
    }

    public boolean done() {
        return done;
    }
}
