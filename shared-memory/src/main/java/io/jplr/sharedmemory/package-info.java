/**
 * Copy-and-execute for memory-mapped files (Romain's answer to memory shared with the outside, for the JVM):
 * no replica maps a shared file; the master performs every replica access on the one real mapping.
 *
 * <ul>
 *   <li>{@link io.jplr.sharedmemory.ScopedAccess}: what one method of the JDK's {@code ScopedMemoryAccess},
 *       through which every buffer, view, VarHandle and memory segment access goes, does and where its
 *       addresses are;</li>
 *   <li>{@link io.jplr.sharedmemory.RegionTable}: the replica's address ranges that stand for mappings;</li>
 *   <li>{@link io.jplr.sharedmemory.WriteBatch}: consecutive writes sent, compared and applied as one;</li>
 *   <li>{@link io.jplr.sharedmemory.MasterMapping} and {@link io.jplr.sharedmemory.MappingTable}: the master's
 *       real mappings and the accesses it performs on them, every argument checked.</li>
 * </ul>
 *
 * <p>This package is on the replicas' boot class path: it uses nothing but {@code java.base}.
 */
package io.jplr.sharedmemory;
