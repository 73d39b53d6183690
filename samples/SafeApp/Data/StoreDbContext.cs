using Microsoft.EntityFrameworkCore;

namespace SafeApp.Data;

public class StoreDbContext(DbContextOptions<StoreDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Shipment> Shipments => Set<Shipment>();

    public DbSet<Review> Reviews => Set<Review>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>(customer =>
        {
            customer.Property(c => c.Name).HasMaxLength(200);
            customer.Property(c => c.Email).HasMaxLength(320);
            customer.HasIndex(c => c.Email).IsUnique();
            customer.Property(c => c.Phone).HasMaxLength(32);
        });

        modelBuilder.Entity<Product>(product =>
        {
            product.Property(p => p.Name).HasMaxLength(200);
            product.Property(p => p.Price).HasPrecision(18, 2);
            product.Property(p => p.Sku).HasMaxLength(64);
        });

        modelBuilder.Entity<OrderLine>().Property(l => l.UnitPrice).HasPrecision(18, 2);

        modelBuilder.Entity<Category>().Property(c => c.Name).HasMaxLength(100);

        modelBuilder.Entity<Shipment>().Property(s => s.Carrier).HasMaxLength(50);
    }
}
