/**
 * Run-time support for the code Strata generates and for the eager reference in {@link
 * dev.strata.Tensor}: zero-copy tensor storage access, 16-bit float conversions, counter-based
 * random numbers and special functions. Not user API; it may change without notice.
 */
package dev.strata.internal;
