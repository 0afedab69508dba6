package io.fieldreport.web.http;

import java.io.IOException;

/** Answers one route. Expected refusals are {@link ApiException}s; I/O failures are for the gateway. */
@FunctionalInterface
public interface Handler {
    Response handle(Request request) throws IOException;
}
