/**
 * {@code jplr-inject}, the command line of fault injection: {@code inject} puts one fault into a running job
 * through its master's {@code io.jplr:type=FaultInjector} bean (attach API, local JMX); {@code campaign} runs a
 * sample many times with one fault each and classifies every run against the native output; {@code chart}
 * draws campaign summaries. Built as {@code fault-injector/target/jplr-inject.jar}, apart from the module's jar
 * that the agent embeds.
 */
package io.jplr.faultinjector.tool;
