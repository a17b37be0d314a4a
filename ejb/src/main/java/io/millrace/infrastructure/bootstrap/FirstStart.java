package io.millrace.infrastructure.bootstrap;

import io.millrace.shared.memory.OutOfMemoryAlarm;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Prepares the database when the application starts: the first query runs outside any transaction,
 * so EclipseLink creates or extends the tables in autocommit mode (PostgreSQL would abort a
 * transaction at the first failed existence check); then an empty database is seeded.
 */
@Singleton
@Startup
public class FirstStart {
    @Inject
    AdminSeeder seeder;

    private volatile boolean done;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void prepare() {
        OutOfMemoryAlarm.watchThreads();
        seeder.usersWithoutTransaction();
        seeder.seedIfEmpty();
        done = true;
    }

    public boolean done() {
        return done;
    }
}
