package io.fieldreport.web.faults;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * What poor-signal mode does to one request, decided when it arrives.
 *
 * @param cutAfterBytes how many body bytes of a photo transfer get through before the cut; 0 = no cut
 */
public record SignalPlan(long latencyMillis, boolean fail, boolean drop, long bytesPerSecond, long cutAfterBytes) {

    public static final SignalPlan CLEAR = new SignalPlan(0, false, false, 0, 0);

    /** The request body as this plan lets it arrive: paced, and cut for a photo upload. */
    public InputStream wrapRequestBody(InputStream in) {
        InputStream out = in;
        if (bytesPerSecond > 0) {
            out = new ThrottledInputStream(out, new Throttle(bytesPerSecond));
        }
        return cutAfterBytes > 0 ? new CutInputStream(out, cutAfterBytes) : out;
    }

    /**
     * The response body as this plan lets it leave: paced, and for photo bytes ({@code success} true
     * on a download route) cut; an error message is never cut, so a client can still read why.
     */
    public OutputStream wrapResponseBody(OutputStream out, boolean success) {
        OutputStream wrapped = out;
        if (bytesPerSecond > 0) {
            wrapped = new ThrottledOutputStream(wrapped, new Throttle(bytesPerSecond));
        }
        return cutAfterBytes > 0 && success ? new CutOutputStream(wrapped, cutAfterBytes) : wrapped;
    }
}
