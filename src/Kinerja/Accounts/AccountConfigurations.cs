using Kinerja.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Accounts;

// Identity maps its own tables (AspNetUsers, AspNetUserTokens, …); these add what Kinerja keeps about a person.

internal sealed class KinerjaUserConfiguration : IEntityTypeConfiguration<KinerjaUser>
{
    public void Configure(EntityTypeBuilder<KinerjaUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(KinerjaUser.MaxNameLength);
        builder.HasIndex(u => u.Nip);
        builder.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        // A user is always loaded with its roles: Grant and Revoke decide on them.
        builder.Navigation(u => u.Roles).HasField("_roles").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Ignore(u => u.Assignments);
    }
}

internal sealed class UserRoleConfiguration : IEntityTypeConfiguration<UserRole>
{
    public void Configure(EntityTypeBuilder<UserRole> builder)
    {
        builder.ToTable("UserRoleAssignments");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(r => new { r.UserId, r.Role, r.WorkUnitId }).IsUnique();
        builder.HasIndex(r => r.WorkUnitId);
        builder.HasOne<WorkUnit>().WithMany().HasForeignKey(r => r.WorkUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.Assignment);
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("UserSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Client).HasMaxLength(UserSession.MaxClientLength);
        builder.Property(s => s.Address).HasMaxLength(64);
        builder.HasIndex(s => s.UserId);
        builder.HasOne<KinerjaUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
