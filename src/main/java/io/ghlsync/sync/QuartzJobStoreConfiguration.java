package io.ghlsync.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Quartz keeps poll schedules in the database (tables from V2__quartz.sql), clustered (settings in
 * application.yaml), so that on a shared PostgreSQL one instance runs a given location's poll at a
 * time and a survivor takes over when that instance dies. Quartz must also be told which SQL dialect
 * to speak, which depends on the database actually configured: PostgreSQL stores job data as BYTEA,
 * which only its own delegate reads correctly; the standard delegate suits H2.
 */
@Configuration
class QuartzJobStoreConfiguration {

    static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";
    static final String POSTGRESQL_DELEGATE = "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate";
    static final String STANDARD_DELEGATE = "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";

    @Bean
    SchedulerFactoryBeanCustomizer jdbcJobStoreDialect(DataSource dataSource, QuartzProperties configured) {
        Properties properties = new Properties();
        properties.putAll(configured.getProperties());
        properties.putIfAbsent(DELEGATE, isPostgreSql(dataSource) ? POSTGRESQL_DELEGATE : STANDARD_DELEGATE);
        return factory -> factory.setQuartzProperties(properties);
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to choose the Quartz SQL dialect", e);
        }
    }
}
