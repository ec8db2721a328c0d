/**
 * The fault-injection JMX bean, fault models and the campaign tool. Not built yet (issue "Fault injector").
 */
package io.jplr.faultinjector;
