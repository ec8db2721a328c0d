/**
 * Fault injection: the {@code io.jplr:type=FaultInjector} MXBean the master registers when
 * {@code plr.faultInjection=true}, the fault models it injects into a replica, and (in {@code tool}) the
 * {@code jplr-inject} command line that injects one fault or runs a campaign.
 */
package io.jplr.faultinjector;
