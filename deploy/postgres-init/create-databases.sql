-- One database per service (the names the services' ConnectionStrings__<name> use).
CREATE DATABASE authdb;
CREATE DATABASE eventsdb;
CREATE DATABASE bookingsdb;
CREATE DATABASE paymentsdb;
CREATE DATABASE notificationsdb;
