"""The conflicts inbox: records edited apart, their versions side by side, a decision."""
