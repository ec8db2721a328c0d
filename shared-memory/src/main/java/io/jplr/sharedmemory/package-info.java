/**
 * Copy-and-execute for memory-mapped files: the master performs the replicas' accesses on the one real
 * mapping. Not built yet: see the issue "Shared memory" and README's list of what is not covered.
 */
package io.jplr.sharedmemory;
